"""GET /models/{id}/authority answers the policy's typed answer, the same as GET /authority/resolve."""

from __future__ import annotations

from app.policy.authority_schemas import AuthorityAnswerRead


async def test_a_models_authority_is_the_typed_answer_of_its_unit_and_kind(ctx) -> None:
    model = await ctx.create()
    headers = ctx.demo.headers("demo.registrant")
    r = await ctx.client.get(f"/api/v1/models/{model['id']}/authority", headers=headers)
    assert r.status_code == 200, r.text
    body = r.json()
    assert set(body) == set(AuthorityAnswerRead.model_fields)
    assert set(body["relations"]) == {"reviewing", "proposing", "deciding"}
    resolved = await ctx.client.get(
        "/api/v1/authority/resolve",
        headers=headers,
        params={"unit_id": model["registrant_unit"]["id"], "registrant_kind": model["registrant_kind"]},
    )
    assert resolved.status_code == 200, resolved.text
    assert body == resolved.json()
    assert (body["case_number"], body["deciding_unit"]["id"]) == (model["authority_case"], model["deciding_unit_id"])
