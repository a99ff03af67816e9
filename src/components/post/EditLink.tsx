import React from "react";
import { uiText } from "../../site/uiText";

/**
 * After a post, when blog.config.ts names the blog's repository: a link to the post's file in
 * GitHub's editor (src/site/editUrl.ts), for the author on the go and for readers who would
 * send a fix.
 */
export function EditLink({ href }: { href: string }) {
  return (
    <p className="edit-link">
      <a href={href} rel="noopener">
        {uiText.editOnGitHub}
      </a>
    </p>
  );
}
