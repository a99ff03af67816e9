import React from "react";
import { shareLinks } from "../../seo/shareLinks";
import { uiText } from "../../site/uiText";

/**
 * After a post: copy its link, share it through the device (where the browser has the Web Share
 * API; src/browser/post.ts shows that button) or on X, Facebook and LinkedIn by plain links. The
 * status line is in the page from the start, so screen readers announce what is written to it.
 */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  return (
    <section className="share" aria-label={uiText.share}>
      <button type="button" className="share-copy" data-url={url}>
        {uiText.copyLink}
      </button>
      <button
        type="button"
        className="share-native"
        data-url={url}
        data-title={title}
        hidden
      >
        {uiText.shareNative}
      </button>
      {shareLinks(url, title).map(({ site, href }) => (
        <a key={site} href={href} rel="noopener noreferrer" target="_blank">
          {site}
          <span className="visually-hidden">
            {" "}
            {uiText.shareOn(site)}, {uiText.opensInNewWindow}
          </span>
        </a>
      ))}
      <p className="share-status visually-hidden" role="status" />
    </section>
  );
}
