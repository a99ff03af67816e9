import { searchIndexPaths } from "../../src/search/shards";
import { fixtureClient } from "../helpers/searchIndex";

describe("the search client", () => {
  test("downloads nothing until it is used, then the meta file and only the shards a query needs", async () => {
    const { client, fetched } = fixtureClient();
    expect(fetched).toEqual([]);
    await client.preload();
    expect(fetched).toEqual([searchIndexPaths.meta]);
    await client.search("서버리스");
    const shards = fetched.filter((f) => f !== searchIndexPaths.meta);
    // 서버, 버리, 리스: at most three of the 128 shards
    expect(shards.length).toBeGreaterThan(0);
    expect(shards.length).toBeLessThanOrEqual(3);
    expect(fetched.filter((f) => f.includes("/text/"))).toEqual([]);
  });

  test("fetches each file once", async () => {
    const { client, fetched } = fixtureClient();
    await client.search("서버리스");
    const first = fetched.length;
    await client.search("서버리스는");
    await client.search("서버리스");
    expect(fetched.length).toBeLessThanOrEqual(first + 1);
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  test("gives a post's text for its snippet", async () => {
    const { client } = fixtureClient();
    const { hits } = await client.search("바다");
    const hit = hits[0];
    if (!hit) throw new Error("no hit");
    expect((await client.text(hit)).body).toContain("바다를 따라 걷고");
  });
});
