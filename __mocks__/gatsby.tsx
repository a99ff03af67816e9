import React, { type AnchorHTMLAttributes } from "react";

/**
 * Gatsby's runtime needs its build; components only need `Link` to be a link and `graphql` to
 * be inert (queries run at build time, tests pass the data as props).
 */
const gatsby: Record<string, unknown> = jest.requireActual("gatsby");

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  to: string;
  activeClassName?: string;
  partiallyActive?: boolean;
};

module.exports = {
  ...gatsby,
  graphql: jest.fn(),
  Link: ({
    to,
    children,
    activeClassName: _a,
    partiallyActive: _p,
    ...rest
  }: LinkProps) => (
    <a {...rest} href={to}>
      {children}
    </a>
  ),
  navigate: jest.fn(),
  // Components that use a static query (the header's pages) get an empty result unless a test says otherwise.
  useStaticQuery: jest.fn(() => ({ allMarkdownRemark: { nodes: [] } })),
};
