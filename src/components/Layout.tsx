import { Link } from "gatsby";
import React, { type ReactNode } from "react";
import {
  archivePath,
  categoriesIndexPath,
  homePath,
  tagsIndexPath,
} from "../lib/paths";
import { siteSettings } from "../lib/siteSettings";
import { uiText } from "../lib/uiText";
import { ThemeToggle } from "./ThemeToggle";

export function Layout({ children }: { children: ReactNode }) {
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {uiText.skipToContent}
      </a>
      <header className="site-header">
        <Link className="site-title" to={homePath()}>
          {siteSettings.title}
        </Link>
        <div className="site-nav">
          <nav aria-label={uiText.mainNavigation}>
            <ul className="nav-list">
              <li>
                <Link to={categoriesIndexPath}>{uiText.categories}</Link>
              </li>
              <li>
                <Link to={tagsIndexPath}>{uiText.tags}</Link>
              </li>
              <li>
                <Link to={archivePath}>{uiText.archive}</Link>
              </li>
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <p>
          © {siteSettings.author} · {siteSettings.description}
        </p>
      </footer>
    </div>
  );
}
