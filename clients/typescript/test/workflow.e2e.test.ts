/**
 * The whole workflow through the TypeScript SDK against a live server (started by
 * tests/sdk_clients/test_typescript_sdk.py, which passes DVK_BASE_URL, DVK_ADMIN and DVK_PASSWORD; the
 * server has the unit tree and its first admin): the admin creates the people and the campaign; then a
 * registration with its form, submit, accept, results, survey, a review meeting, a recognition decision,
 * and the public showcase.
 */
import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiProblem, createDvkClient, formData, ok, type DvkClient, type Schemas } from "../src/index.js";

const BASE_URL = process.env.DVK_BASE_URL ?? "";
const ADMIN = process.env.DVK_ADMIN ?? "";
const PASSWORD = process.env.DVK_PASSWORD ?? "";

/** A valid one-page PDF (the same bytes as app/demo/documents.py's sample_pdf). */
function samplePdf(note: string): Blob {
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
  ];
  let out = `%PDF-1.4\n% ${note}\n`;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += "xref\n0 4\n0000000000 65535 f \n" + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  out += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Blob([out], { type: "application/pdf" });
}

async function signedIn(username: string): Promise<DvkClient> {
  const dvk = createDvkClient({ baseUrl: BASE_URL });
  await dvk.signIn(username, PASSWORD);
  return dvk;
}

/** Every unit code → id, read page by page with the cursor. */
async function unitIds(dvk: DvkClient): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  let cursor: string | undefined;
  do {
    const page = await ok(dvk.api.GET("/api/v1/units", { params: { query: { limit: 50, cursor } } }));
    for (const unit of page.items) ids.set(unit.code, unit.id);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return ids;
}

function days(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

test("the TypeScript SDK drives a model from registration to the public showcase", async () => {
  assert.ok(BASE_URL, "DVK_BASE_URL is set by the pytest test that starts the server");
  const admin = await signedIn(ADMIN);
  const units = await unitIds(admin);
  assert.ok(units.size > 50, "more than one page of units was read");
  const unit = (code: string) => units.get(code) ?? assert.fail(`no unit ${code}`);

  // The people (admin): each created with a role, then granted another (a versioned write to the user: the
  // SDK sends the ETag its creation answered as If-Match).
  const people: Array<[string, string, Schemas["Role"], string]> = [
    ["ts.registrant", "QT-VL-VT-HLHPN", "registrant", "QT-VL-VT"],
    ["ts.mobiliser", "QT-VL-BDV", "mobiliser", "QT-VL"],
    ["ts.authority", "QT-VL-VT-DU", "authority", "QT-VL-VT-DU"],
  ];
  for (const [username, home, role, at] of people) {
    const user = await ok(admin.api.POST("/api/v1/users", {
      body: { username, full_name: username, home_unit_id: unit(home), password: PASSWORD,
              roles: [{ role, unit_id: unit(at) }] },
    }));
    await ok(admin.api.POST("/api/v1/users/{user_id}/roles", {
      params: { path: { user_id: user.id } }, body: { role: "viewer", unit_id: unit(home) },
    }));
  }

  // The campaign (admin): registration open and recognition possible today.
  const vietnamToday = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const year = Number(vietnamToday.slice(0, 4));
  const campaign = await ok(
    admin.api.POST("/api/v1/campaigns", {
      body: {
        name: `Giai đoạn ${year}–${year + 2} (SDK)`, start_year: year, end_year: year + 2,
        owning_unit_id: unit("QT-VL"),
        cycles: [{
          year,
          registration_windows: [{ label: "Đăng ký", opens_on: days(vietnamToday, -5), closes_on: days(vietnamToday, 10) }],
          results_due_on: days(vietnamToday, 30),
          recognition_starts_on: days(vietnamToday, -3), recognition_ends_on: days(vietnamToday, 20),
        }],
      },
    }),
  );
  const today = campaign.local_today;

  // Registration: a draft model, then its registration form (multipart).
  const registrant = await signedIn("ts.registrant");
  const created = await ok(
    registrant.api.POST("/api/v1/models", {
      body: {
        campaign_id: campaign.id, year, registrant_unit_id: unit("QT-VL-VT-TL"), registrant_kind: "collective",
        name: "Dân vận khéo trong chuyển đổi số (SDK TypeScript)", summary: "Hướng dẫn bà con dùng dịch vụ công",
        field_code: "economy", model_type: "field_specific", objectives: "100 hộ dùng dịch vụ công",
        content_methods: "Tổ công nghệ số cộng đồng",
        targets: [{ what: "Hộ dùng dịch vụ công trực tuyến", indicator: "Số hộ", target_value: 100, unit_of_measure: "hộ" }],
        start_date: `${year}-01-01`, end_date: `${year}-12-31`,
      },
    }),
  );
  assert.equal(created.state, "draft");
  const modelUrl = `/api/v1/models/${created.id}`;
  assert.ok(registrant.etags.get(modelUrl), "the create's ETag is kept for the model");
  const form = await ok(
    registrant.api.POST("/api/v1/models/{model_id}/evidence", {
      params: { path: { model_id: created.id } },
      body: { kind: "registration_form", title: "Mẫu 1", file: "" },
      bodySerializer: () => formData({ kind: "registration_form", title: "Mẫu 1", file: [samplePdf(created.id), "mau-1.pdf"] }),
    }),
  );
  assert.equal(form.kind, "registration_form");

  // Each move: read the model (its ETag is kept), then the transition goes with If-Match set by the SDK.
  const move = async (dvk: DvkClient, body: Schemas["TransitionRequest"]) => {
    await ok(dvk.api.GET("/api/v1/models/{model_id}", { params: { path: { model_id: created.id } } }));
    return ok(dvk.api.POST("/api/v1/models/{model_id}/transitions", { params: { path: { model_id: created.id } }, body }));
  };
  const mobiliser = await signedIn("ts.mobiliser");

  // A write without a known version is refused (428) and surfaces as a typed problem.
  const fresh = await signedIn("ts.registrant");
  await assert.rejects(
    ok(fresh.api.POST("/api/v1/models/{model_id}/transitions", {
      params: { path: { model_id: created.id } }, body: { action: "submit" },
    })),
    (error: unknown) => error instanceof ApiProblem && error.status === 428 && typeof error.requestId === "string",
  );

  assert.equal((await move(registrant, { action: "submit" })).state, "registered");
  assert.equal((await move(mobiliser, { action: "accept" })).state, "implementing");
  // A stale version: the SDK sends what it saw last; a write in between makes it 412, a typed problem.
  await assert.rejects(
    ok(registrant.api.POST("/api/v1/models/{model_id}/transitions", {
      params: { path: { model_id: created.id } }, body: { action: "withdraw", reason: "stale" },
      headers: { "If-Match": '"1"' },
    })),
    (error: unknown) => error instanceof ApiProblem && error.status === 412,
  );
  const reported = await move(registrant, {
    action: "report_results", results: [{ target_index: 0, achieved_value: 112 }],
    results_report: "112 hộ đã dùng dịch vụ công trực tuyến.",
  });
  assert.equal(reported.state, "reported");
  const surveyed = await move(mobiliser, {
    action: "record_survey",
    survey: {
      surveyed_on: today, officers: ["Lê Văn Cường"], findings: "Nhân dân đồng tình hưởng ứng.",
      scores: [1, 2, 3, 4, 5].map((criterion) => ({ criterion, score: 8, comment: "" })),
    },
  });
  assert.equal(surveyed.state, "surveyed");

  // The review meeting at the commune's Đảng ủy: members, the candidate, votes, minutes, close.
  const review = await ok(
    mobiliser.api.POST("/api/v1/reviews", {
      body: {
        holding_unit_id: unit("QT-VL-VT-DU"), campaign_id: campaign.id, year, purpose: "model",
        title: `Họp bình xét mô hình “Dân vận khéo” năm ${year}`, held_on: today, place: "Hội trường",
        chair: "Nguyễn Văn Chủ Trì", secretary: "Trần Thị Thư Ký",
        members: [
          { full_name: "Nguyễn Văn Chủ Trì", title: "Bí thư", present: true },
          { full_name: "Trần Thị Thư Ký", title: "Ủy viên", present: true },
        ],
        candidates: [],
      },
    }),
  );
  const reviewPath = { params: { path: { review_id: review.id } } };
  await ok(mobiliser.api.POST("/api/v1/reviews/{review_id}/members", {
    ...reviewPath, body: { full_name: "Lê Văn Thành", title: "Ủy viên", present: true },
  }));
  const withCandidate = await ok(mobiliser.api.POST("/api/v1/reviews/{review_id}/candidates", {
    ...reviewPath, body: { model_id: created.id },
  }));
  const [candidate] = withCandidate.candidates;
  await ok(mobiliser.api.PUT("/api/v1/reviews/{review_id}/votes", {
    ...reviewPath,
    body: { votes: withCandidate.members.map((m) => ({ member_id: m.id, candidate_id: candidate.id, vote: "approve" as const })) },
  }));
  await ok(mobiliser.api.POST("/api/v1/reviews/{review_id}/minutes", {
    ...reviewPath, body: { title: "Biên bản họp bình xét", file: "" },
    bodySerializer: () => formData({ title: "Biên bản họp bình xét", file: [samplePdf(`minutes ${review.id}`), "bien-ban.pdf"] }),
  }));
  const closed = await ok(mobiliser.api.POST("/api/v1/reviews/{review_id}/close", reviewPath));
  assert.equal(closed.status, "closed");
  assert.deepEqual(closed.candidates.map((c) => c.outcome), ["approved"]);

  // The decision: the commune's Đảng ủy recognises the model and publishes it.
  const authority = await signedIn("ts.authority");
  const decision = await ok(
    authority.api.POST("/api/v1/decisions", {
      body: {
        kind: "model_recognition", number: "21-QĐ/ĐU", issued_on: today, issuing_unit_id: unit("QT-VL-VT-DU"),
        signer_name: "Hoàng Văn Ký", signer_title: "Bí thư", review_id: review.id, publish: true,
        models: [{ model_id: created.id }],
      },
    }),
  );
  assert.equal(decision.status, "issued");
  const recognised = await ok(registrant.api.GET("/api/v1/models/{model_id}", { params: { path: { model_id: created.id } } }));
  assert.equal(recognised.state, "recognized");

  // The public showcase: no sign-in, the model and its decision, nothing private.
  const visitor = createDvkClient({ baseUrl: BASE_URL });
  const showcase = await ok(visitor.api.GET("/api/v1/public/exemplars", { params: { query: { q: "chuyen doi so" } } }));
  const shown = showcase.items.find((item) => item.code === created.code);
  assert.ok(shown, "the recognised model is in the showcase");
  assert.deepEqual(shown.decisions.map((d) => d.number), ["21-QĐ/ĐU"]);
  const detail = await ok(visitor.api.GET("/api/v1/public/exemplars/{code}", { params: { path: { code: created.code } } }));
  assert.equal(detail.code, created.code);
  assert.ok(!JSON.stringify(showcase).includes("Lê Văn Thành"), "no review member's name is public");

  // Tokens rotate: a refresh gives a new pair and the call after it works.
  const before = await registrant.refresh();
  await ok(registrant.api.GET("/api/v1/me"));
  assert.ok(before.accessToken);
  await registrant.signOut();
});
