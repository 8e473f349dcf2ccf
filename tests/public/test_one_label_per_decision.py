"""One decision, one set of words: the decision read, the model's honours and the public showcase agree.

They once read two label tables (decisions/schemas.py, registry/honours.py) that worded one decision
differently ("Provincial level" / "Province level", "Cấp trung ương" / "Cấp Trung ương"); all three now read
the catalogue, app/core/labels.py.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from showcase_support import decide, insert_model, set_state

from app.core import labels
from tests.registry.conftest import TODAY


def _words(item: dict[str, Any], lang: str | None = None) -> tuple[Any, ...]:
    """A decision's kind, award form and award level labels (in one language when the screen gives both)."""
    values = (item["kind_label"], item["award_form_label"], item["award_level_label"])
    return tuple(v[lang] if lang and v is not None else v for v in values)


async def test_a_decision_reads_the_same_on_its_page_on_the_models_page_and_in_the_showcase(
    client: Any, demo: Any, session: Any, ctx: Any
) -> None:
    model = await insert_model(session, demo, state="surveyed")
    await decide(session, demo, [model.id], publish=False, issued_on=TODAY - timedelta(days=300))
    await set_state(session, model.id, "nominated", action="nominate")
    decisions = [
        await decide(
            session,
            demo,
            [model.id],
            kind="exemplar_recognition",
            issued_on=TODAY - timedelta(days=30),
            number="13-QĐ/ĐU",
        ),
        await decide(
            session,
            demo,
            [model.id],
            kind="commendation",
            issuing_unit="QT-VL-HU",
            number="125-QĐ/HU",
            issued_on=TODAY - timedelta(days=5),
            award_form="certificate_of_merit",
            award_level="province",
        ),
        await decide(
            session,
            demo,
            [model.id],
            kind="commendation",
            issuing_unit="QT-VL-HU",
            number="126-QĐ/HU",
            issued_on=TODAY - timedelta(days=4),
            award_form="public_commendation",
            award_level="central",
        ),
    ]
    headers = demo.headers("demo.registrant")
    pages = []
    for decision in decisions:
        r = await client.get(f"/api/v1/decisions/{decision.id}", headers=headers)
        assert r.status_code == 200, r.text
        pages.append(r.json())

    for lang in ("vi", "en"):
        own = [_words(page, lang) for page in pages]
        r = await client.get(
            f"/api/v1/models/{model.id}", headers=demo.headers("demo.registrant", **{"Accept-Language": lang})
        )
        assert r.status_code == 200, r.text
        honours = [_words(h) for h in r.json()["honours"][1:]]
        r = await client.get(f"/api/v1/public/exemplars/{model.code}", headers={"Accept-Language": lang})
        assert r.status_code == 200, r.text
        showcase = [_words(d) for d in r.json()["decisions"]]
        assert own == honours == showcase
        assert own == [
            (
                labels.DECISION_KINDS[d.kind].render(lang),
                None if d.award_form is None else labels.AWARD_FORMS[d.award_form].render(lang),
                None if d.award_level is None else labels.AWARD_LEVELS[d.award_level].render(lang),
            )
            for d in decisions
        ]

    # The seeds' words: "Cấp Trung ương" capitalised, mô hình / điển hình "Dân vận khéo"; "Provincial level".
    assert [_words(page, "vi") for page in pages] == [
        ('Quyết định công nhận điển hình "Dân vận khéo"', None, None),
        ("Quyết định biểu dương, khen thưởng", "Bằng khen", "Cấp tỉnh"),
        ("Quyết định biểu dương, khen thưởng", "Biểu dương", "Cấp Trung ương"),
    ]
    assert [_words(page, "en")[2] for page in pages[1:]] == ["Provincial level", "Central level"]
