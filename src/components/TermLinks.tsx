import { Link } from "gatsby";
import React from "react";
import { uiText } from "../site/uiText";

interface TermLink {
  readonly name: string;
  readonly url: string;
}

/** A post's category and tags, each a link to its listing. */
export function TermLinks({
  category,
  tags,
}: {
  category: TermLink | null;
  tags: ReadonlyArray<TermLink>;
}) {
  return (
    <dl className="term-links">
      {category && (
        <div>
          <dt>{uiText.category}</dt>
          <dd>
            <Link className="chip chip-category" to={category.url}>
              {category.name}
            </Link>
          </dd>
        </div>
      )}
      {tags.length > 0 && (
        <div>
          <dt>{uiText.tagList}</dt>
          <dd>
            <ul className="tag-list">
              {tags.map((tag) => (
                <li key={tag.url}>
                  <Link className="chip" to={tag.url}>
                    #{tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
    </dl>
  );
}
