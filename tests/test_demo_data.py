"""The demo data the serve command loads: a campaign and models in several states, consistent with
the workflow's own rules (so the demo never shows something the API would refuse)."""

from __future__ import annotations

from sqlalchemy import select


async def test_demo_movement_loads_and_tells_the_truth(client, demo, database, session) -> None:
    from app.demo.movement import DEMO_MODELS, load_demo_movement
    from app.models import Unit

    async with database.sessionmaker() as s:
        units = {u.code: u for u in (await s.scalars(select(Unit))).all()}
        await load_demo_movement(s, units)
        await s.commit()

    headers = demo.headers("demo.viewer")
    items = (await client.get("/api/v1/models?limit=50", headers=headers)).json()["items"]
    assert len(items) == len(DEMO_MODELS) + 1
    states = {m["state"] for m in items}
    assert states == {"draft", "registered", "implementing", "reported", "surveyed", "returned", "exemplar"}
    assert all(m["authority_case"] for m in items)

    # Every model past draft carries the registration form its submission required.
    for model in items:
        dossier = (await client.get(f"/api/v1/models/{model['id']}/evidence", headers=headers)).json()
        kinds = [e["kind"] for e in (dossier["items"] if isinstance(dossier, dict) else dossier)]
        assert ("registration_form" in kinds) == (model["state"] != "draft"), model

    # The demo registrant can take the draft forward once its form is attached (a window is open today).
    draft = next(m for m in items if m["state"] == "draft")
    r = await client.post(f"/api/v1/models/{draft['id']}/transitions", json={"action": "submit"},
                          headers=demo.headers("demo.registrant"))
    assert r.status_code == 422 and r.json()["errors"][0]["code"] == "registration_form_attached"
    campaign = (await client.get("/api/v1/campaigns", headers=headers)).json()["items"][0]
    assert campaign["name"].startswith("Phong trào thi đua")
