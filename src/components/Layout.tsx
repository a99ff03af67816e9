import { Link } from "gatsby";
import React, { type ReactNode } from "react";
import {
  archivePath,
  categoriesIndexPath,
  homePath,
  tagsIndexPath,
} from "../site/paths";
import { useStandalonePages } from "../hooks/useStandalonePages";
import { blogConfig } from "../../blog.config";
import { uiText } from "../site/uiText";
import { SearchBox } from "./SearchBox";
import { ThemeToggle } from "./ThemeToggle";
import { ProfileLinks } from "./Profile";

export function Layout({
  children,
  searchBox = true,
}: {
  children: ReactNode;
  /** The search page has its own field. */
  searchBox?: boolean;
}) {
  const pages = useStandalonePages();
  return (
    <div className="layout">
      <a className="skip-link" href="#main">
        {uiText.skipToContent}
      </a>
      <header className="site-header">
        <Link className="site-title" to={homePath()}>
          {blogConfig.title}
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
              {pages.map((page) => (
                <li key={page.url}>
                  <Link to={page.url}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
          {searchBox && <SearchBox />}
          <ThemeToggle />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          © {blogConfig.author} · {blogConfig.description}
        </p>
        {blogConfig.profile && <ProfileLinks profile={blogConfig.profile} />}
      </footer>
    </div>
  );
}
