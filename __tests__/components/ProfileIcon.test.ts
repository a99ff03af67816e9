import { siGithub, siRss, siX } from "simple-icons";
import { BRANDS } from "../../src/components/ProfileIcon";

// The marks are copied into the component so the pages' bundles do not carry every brand's path;
// this holds the copies to the package they came from (a devDependency only).
test("the GitHub, X and RSS marks are Simple Icons' own paths", () => {
  expect(BRANDS).toEqual({
    github: siGithub.path,
    x: siX.path,
    rss: siRss.path,
  });
});
