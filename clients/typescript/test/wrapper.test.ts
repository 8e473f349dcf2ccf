/** The wrapper's promises, against a scripted fetch (no server): one Idempotency-Key per call reused on its
 * retries, Retry-After honoured, bounded attempts, If-Match from the last ETag, problems thrown typed. */
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiProblem, NetworkError, createDvkClient, ok, resourceKey } from "../src/index.js";

type Step = Response | Error;
const problem = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ type: "about:blank", title: code, status, code, detail: code, request_id: "r-1" }), {
    status, headers: { "Content-Type": "application/problem+json", ...headers },
  });
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });

function scripted(steps: Step[]) {
  const seen: Request[] = [];
  const fetch = async (input: Request | string | URL, init?: RequestInit): Promise<Response> => {
    seen.push(new Request(input, init));
    const step = steps.shift();
    if (step === undefined) throw new Error("no more steps");
    if (step instanceof Error) throw step;
    return step;
  };
  return { seen, fetch: fetch as typeof globalThis.fetch };
}

const model = { id: "m-1", state: "draft" };

test("a POST keeps its Idempotency-Key across a lost answer, a 409 in progress and a 503", async () => {
  const { seen, fetch } = scripted([
    new TypeError("socket hang up"),
    problem(409, "idempotency_in_progress", { "Retry-After": "0" }),
    problem(503, "unavailable", { "Retry-After": "0" }),
    json(201, model, { ETag: '"1"', Location: "/api/v1/models/m-1" }),
  ]);
  const dvk = createDvkClient({ baseUrl: "http://api.test", fetch, maxDelayMs: 1 });
  const created = await ok(dvk.api.POST("/api/v1/models", { body: {} as never }));
  assert.equal(created.id, "m-1");
  const keys = seen.map((r) => r.headers.get("Idempotency-Key"));
  assert.equal(keys.length, 4);
  assert.ok(keys[0]);
  assert.deepEqual(new Set(keys).size, 1);
  assert.equal(dvk.etags.get("/api/v1/models/m-1"), '"1"');
});

test("two calls get two keys; attempts are bounded", async () => {
  const { seen, fetch } = scripted([json(201, model), new TypeError("down"), new TypeError("down")]);
  const dvk = createDvkClient({ baseUrl: "http://api.test", fetch, maxAttempts: 2, maxDelayMs: 1 });
  await ok(dvk.api.POST("/api/v1/models", { body: {} as never }));
  await assert.rejects(ok(dvk.api.POST("/api/v1/models", { body: {} as never })), NetworkError);
  const keys = seen.map((r) => r.headers.get("Idempotency-Key"));
  assert.equal(keys.length, 3);
  assert.notEqual(keys[0], keys[1]);
  assert.equal(keys[1], keys[2]);
});

test("writes carry If-Match from the resource's last ETag; problems are typed", async () => {
  const { seen, fetch } = scripted([
    json(200, model, { ETag: '"7"' }),
    problem(412, "precondition_failed"),
  ]);
  const dvk = createDvkClient({ baseUrl: "http://api.test", fetch });
  await ok(dvk.api.GET("/api/v1/models/{model_id}", { params: { path: { model_id: "m-1" } } }));
  const error = await ok(
    dvk.api.POST("/api/v1/models/{model_id}/transitions", {
      params: { path: { model_id: "m-1" } }, body: { action: "submit" },
    }),
  ).catch((e: unknown) => e);
  assert.ok(error instanceof ApiProblem);
  assert.equal(error.status, 412);
  assert.equal(error.code, "precondition_failed");
  assert.equal(error.requestId, "r-1");
  assert.equal(seen[1].headers.get("If-Match"), '"7"');
  assert.equal(resourceKey("http://api.test/api/v1/reviews/r-1/votes"), "/api/v1/reviews/r-1");
});

test("a 401 refreshes the tokens once and repeats the call", async () => {
  const tokens = (n: number) => ({ access_token: `a${n}`, refresh_token: `r${n}`, expires_in: 900, refresh_expires_in: 9 });
  const { seen, fetch } = scripted([json(200, tokens(1)), problem(401, "token_expired"), json(200, tokens(2)), json(200, {})]);
  const dvk = createDvkClient({ baseUrl: "http://api.test", fetch });
  await dvk.signIn("demo.registrant", "secret");
  await ok(dvk.api.GET("/api/v1/me"));
  assert.equal(seen[1].headers.get("Authorization"), "Bearer a1");
  assert.equal(seen[3].headers.get("Authorization"), "Bearer a2");
});
