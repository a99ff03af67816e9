import { SETTINGS } from "../../src/authoring/initBlog";

/** `npm run init-blog`'s usage text and options. */

export const HELP = `Usage: npm run init-blog [-- options]

Makes the blog yours: writes the values below into blog.config.ts (only those; every comment and
other setting stays) and, if you say so, moves the sample posts out of content/posts/ into
samples/posts-<date>/ (nothing is deleted) and writes a first post as npm run new-post does.
Everything is checked with the build's own rules before anything is written: a wrong value
changes nothing.

At a terminal it asks for each value not given as a flag, showing the current one (Enter keeps
it, - removes an optional one), then whether to move the samples. With --yes, or when not at a
terminal, it asks nothing: only the flags given change, and the samples move only with
--move-samples.

Options:
  --title <text>        the site's name
  --description <text>  one line about the blog
  --author <name>       who writes it (also the profile's name, when that was the author's)
  --site-url <origin>   where the site is served, e.g. https://blog.example.com
  --bio <text>          one line about the author, on the profile ("" removes it)
  --github <url>        profile links, https:// addresses ("" removes one)
  --email <address>
  --linkedin <url>
  --x <url>
  --homepage <url>
  --move-samples        move every file in content/posts/ to samples/posts-<date>/ and write a first post
  --keep-samples        leave content/posts/ as it is (without a terminal, the default)
  --first-post <title>  the first post's title (default "첫 글", or "First post" for an English blog)
  -y, --yes             ask nothing
  -h, --help            this text

Exit code 0 when done, 1 when a value is wrong (nothing changed), 2 for a wrong option.

Example:
  npm run init-blog -- --title "김 개발 일기" --author 김개발 --site-url https://kim.dev \\
    --github https://github.com/kim --move-samples --yes`;

export const OPTIONS = {
  ...Object.fromEntries(
    SETTINGS.map(({ flag }) => [flag, { type: "string" as const }]),
  ),
  "move-samples": { type: "boolean", default: false },
  "keep-samples": { type: "boolean", default: false },
  "first-post": { type: "string" },
  yes: { type: "boolean", short: "y", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const;
