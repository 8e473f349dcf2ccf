"""Coverage moves as a unit registers, submits and withdraws a model through the API."""

from __future__ import annotations

from coverage_support import API, YEAR, World, category, coverage_client, tiny_pdf, world_fixture  # noqa: F401


async def test_coverage_moves_as_a_village_submits_then_withdraws_its_model(world: World) -> None:
    registrant = world.demo.headers("demo.registrant")
    body = {
        "campaign_id": world.campaign_id,
        "year": YEAR,
        "registrant_unit_id": world.demo.unit("QT-VL-VT-TL"),
        "registrant_kind": "collective",
        "name": "Dân vận khéo trong giảm nghèo bền vững",
        "summary": "Vận động hội viên giúp nhau phát triển chăn nuôi",
        "field_code": "economy",
        "model_type": "field_specific",
        "objectives": "Giảm 15 hộ nghèo",
        "content_methods": "Tổ hợp tác",
        "targets": [{"what": "Hộ thoát nghèo", "indicator": "Số hộ", "target_value": 15, "unit_of_measure": "hộ"}],
        "start_date": f"{YEAR}-01-01",
        "end_date": f"{YEAR}-12-31",
    }
    r = await world.client.post(f"{API}/models", json=body, headers=registrant)
    assert r.status_code == 201, r.text
    model_id, etag = r.json()["id"], r.headers["ETag"]
    r = await world.client.post(
        f"{API}/models/{model_id}/evidence",
        headers=registrant,
        data={"kind": "registration_form", "title": "Bảng đăng ký"},
        files={"file": ("bang-dang-ky.pdf", tiny_pdf(model_id), "application/pdf")},
    )
    assert r.status_code == 201, r.text
    assert category(await world.coverage("QT-VL-VT"), "villages_groups")["with_model"] == 0  # a draft

    async def move(action: str, **payload: str) -> None:
        nonlocal etag  # each move needs the ETag the previous answer gave (uploads do not change the model)
        r = await world.client.post(
            f"{API}/models/{model_id}/transitions",
            json={"action": action, **payload},
            headers={**registrant, "If-Match": etag},
        )
        assert r.status_code == 200, r.text
        etag = r.headers["ETag"]

    await move("submit")
    report = await world.coverage("QT-VL-VT", user="demo.viewer")
    assert category(report, "villages_groups")["with_model"] == 1
    assert category(report, "communes_towns")["met"] is True
    assert "QT-VL-VT-TL" not in {u["code"] for u in report["units_without_model"]["items"]}

    await move("withdraw", reason="Đơn vị sáp nhập")
    report = await world.coverage("QT-VL-VT")
    assert category(report, "villages_groups")["with_model"] == 0
    assert "QT-VL-VT-TL" in {u["code"] for u in report["units_without_model"]["items"]}
