// CloudFront Function (runtime cloudfront-js-2.0), viewer request. An S3 origin reached through
// Origin Access Control serves keys, not folders: `/post/` must become `/post/index.html`.
// `/post` without the slash is redirected, as Gatsby's `trailingSlash: "always"` links never
// omit it. Setup: docs/deploy.md. No exports: CloudFront calls the top-level `handler`.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- called by CloudFront
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith("/")) {
    request.uri = uri + "index.html";
    return request;
  }
  var last = uri.slice(uri.lastIndexOf("/") + 1);
  if (last.indexOf(".") !== -1) return request;
  var query = Object.keys(request.querystring)
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
  return {
    statusCode: 301,
    statusDescription: "Moved Permanently",
    headers: {
      location: { value: uri + "/" + (query ? "?" + query : "") },
      "cache-control": { value: "public, max-age=3600" },
    },
  };
}
