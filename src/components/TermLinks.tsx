import { Link } from "gatsby";
import React from "react";
import { uiText } from "../site/uiText";

interface TermLink {
  readonly name: string;
  readonly url: string;
}

/**
 * A category or a tag as a chip linking to its listing: a category by its accent edge, a tag by
 * its `#`. `children` follow the name inside the chip (the indexes' post counts).
 */
export function TermChip({
  kind,
  term,
  children,
}: {
  kind: "category" | "tag";
  term: TermLink;
  children?: React.ReactNode;
}) {
  return (
    <Link
      className={kind === "category" ? "chip chip-category" : "chip"}
      to={term.url}
    >
      {kind === "tag" ? "#" : ""}
      {term.name}
      {children}
    </Link>
  );
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
            <TermChip kind="category" term={category} />
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
          <TermChip kind="category" term={category} />
        </li>
      )}
      {tags.map((tag) => (
        <li key={tag.url}>
          <TermChip kind="tag" term={tag} />
        </li>
      ))}
    </ul>
  );
}
