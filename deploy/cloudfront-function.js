// CloudFront Function (runtime cloudfront-js-2.0), viewer request. An S3 origin reached through
// Origin Access Control serves keys, not folders: `/post/` must become `/post/index.html`.
// `/post` without the slash is redirected, as Gatsby's `trailingSlash: "always"` links never
// omit it, and so is a renamed post's old path (frontmatter `aliases`). Setup: docs/deploy.md.
// No exports: CloudFront calls the top-level `handler`.

// Old paths, as browsers send them (percent-encoded), and where each post is now. A function
// reads no files: `npm run build` writes this file with the map filled in to
// public/_redirects.cloudfront.js, which is the one to publish. Here it stays empty.
var REDIRECTS = {};

function queryOf(request) {
  return Object.keys(request.querystring)
    .map(function (name) {
      var param = request.querystring[name];
      var values = param.multiValue || [param];
      return values
        .map(function (v) {
          return v.value === "" ? name : name + "=" + v.value;
        })
        .join("&");
    })
    .join("&");
}

function movedTo(location, request) {
  var query = queryOf(request);
  return {
    statusCode: 301,
    statusDescription: "Moved Permanently",
    headers: {
      location: { value: location + (query ? "?" + query : "") },
      "cache-control": { value: "public, max-age=3600" },
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by CloudFront
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (Object.prototype.hasOwnProperty.call(REDIRECTS, uri))
    return movedTo(REDIRECTS[uri], request);
  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
    return request;
  }
  var last = uri.slice(uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") !== -1) return request;
  return movedTo(uri + "/", request);
}
