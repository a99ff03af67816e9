import { Link, type HeadProps } from "gatsby";
import React from "react";
import { Layout } from "../components/Layout";
import { Seo } from "../components/Seo";
import { homePath } from "../site/paths";
import { uiText } from "../site/uiText";

export default function NotFoundPage() {
  return (
    <Layout>
      <h1>{uiText.notFoundTitle}</h1>
      <p>{uiText.notFoundBody}</p>
      <p>
        <Link to={homePath()}>{uiText.backHome}</Link>
      </p>
    </Layout>
  );
}

export function Head({ location }: HeadProps) {
  return <Seo title={uiText.notFoundTitle} path={location.pathname} />;
}
