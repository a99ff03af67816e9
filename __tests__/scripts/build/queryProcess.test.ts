import { queryProcessEnv } from "../../../scripts/build/queryProcess";

test.each([
  [1, {}, { GATSBY_CPU_COUNT: "1" }],
  [2, {}, { GATSBY_CPU_COUNT: "1" }],
  [4, {}, {}],
  [2, { GATSBY_CPU_COUNT: "3" }, {}],
])(
  "on %i cores with %p, the build runs queries with %p",
  (cores, env, expected) => {
    expect(queryProcessEnv(env, cores)).toEqual(expected);
  },
);
