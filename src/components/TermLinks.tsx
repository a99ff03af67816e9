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
            <TagChips category={null} tags={tags} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * A listing's short form of the same: the category chip (its accent edge sets it apart) and then
 * the tags, in one wrapping row. Nothing at all when the post has neither.
 */
export function TagChips({
  category,
  tags,
}: {
  category: TermLink | null;
  tags: ReadonlyArray<TermLink>;
}) {
  if (!category && tags.length === 0) return null;
  return (
    <ul className="tag-list">
      {category && (
        <li>
          <Link className="chip chip-category" to={category.url}>
            {category.name}
          </Link>
        </li>
      )}
      {tags.map((tag) => (
        <li key={tag.url}>
          <Link className="chip" to={tag.url}>
            #{tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
