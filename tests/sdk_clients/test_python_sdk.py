"""The Python SDK (clients/python: the generated dvk_api_client plus dvk_client's session) drives the whole
workflow against a live server: the admin creates the people and the campaign; then a registration with its
form, submit, accept, results, survey, a review meeting, a recognition decision, and the public showcase."""

from __future__ import annotations

import datetime
import io
from collections.abc import Iterator
from typing import Any

import pytest
from dvk_api_client.api.campaigns import campaigns_create
from dvk_api_client.api.decisions import decisions_create
from dvk_api_client.api.evidence import evidence_upload
from dvk_api_client.api.models import models_create, models_get, models_transition
from dvk_api_client.api.public import public_exemplars_get, public_exemplars_list
from dvk_api_client.api.reviews import (
    reviews_ballot,
    reviews_candidates_add,
    reviews_close,
    reviews_create,
    reviews_members_add,
    reviews_minutes_upload,
)
from dvk_api_client.api.units import units_list
from dvk_api_client.api.users import user_roles_grant, users_create
from dvk_api_client.models import (
    Action,
    BallotEntry,
    BallotUpdate,
    CampaignCreate,
    CandidateCreate,
    CriterionScore,
    CycleCreate,
    DecisionCreate,
    DecisionKind,
    DecisionModelIn,
    EvidenceKind,
    EvidenceUploadForm,
    MemberCreate,
    ModelCreate,
    RegistrationWindow,
    ResultItem,
    ReviewCreate,
    ReviewMinutesForm,
    Role,
    RoleAssignmentCreate,
    RoleAssignmentRead,
    SurveyCreate,
    Target,
    TransitionRequest,
    UserCreate,
    UserRead,
    Vote,
)
from dvk_api_client.types import File
from dvk_client import AUTO, ApiProblem, DvkSession

from app.demo.documents import sample_pdf
from tests.sdk_clients.live import LiveApi

# The people the workflow needs, created by the admin through the API: (username, home unit, [(role, unit)]).
PEOPLE = [
    ("py.registrant", "QT-VL-VT-HLHPN", [(Role.REGISTRANT, "QT-VL-VT")]),
    ("py.mobiliser", "QT-VL-BDV", [(Role.MOBILISER, "QT-VL")]),
    ("py.authority", "QT-VL-VT-DU", [(Role.AUTHORITY, "QT-VL-VT-DU")]),
]


@pytest.fixture
def sessions(live_api: LiveApi) -> Iterator[dict[str, DvkSession]]:
    """The admin's session, and one per person the admin creates (a role granted afterwards, with If-Match)."""
    admin = DvkSession(live_api.base_url)
    admin.sign_in(live_api.admin, live_api.password)
    units = _unit_ids(admin)
    made = {"admin": admin}
    for username, home, roles in PEOPLE:
        user = _ok(
            users_create.sync(
                client=admin.client,
                body=UserCreate(
                    username=username,
                    full_name=username.replace(".", " ").title(),
                    home_unit_id=units[home],
                    password=live_api.password,
                    roles=[RoleAssignmentCreate(role=role, unit_id=units[unit]) for role, unit in roles[:1]],
                ),
            ),
            UserRead,
        )
        # A grant is a versioned write to the user: If-Match is the ETag its creation answered.
        _ok(
            user_roles_grant.sync(
                user.id,
                client=admin.client,
                if_match=AUTO,
                body=RoleAssignmentCreate(role=Role.VIEWER, unit_id=units[home]),
            ),
            RoleAssignmentRead,
        )
        made[username] = DvkSession(live_api.base_url)
        made[username].sign_in(username, live_api.password)
    yield made
    for session in made.values():
        session.close()


def _ok(answer: Any, kind: type) -> Any:
    """The parsed answer, checked to be the success type (errors are raised by the session)."""
    assert isinstance(answer, kind), answer
    return answer


def _unit_ids(session: DvkSession) -> dict[str, int]:
    """Every unit code → id, page by page with the cursor."""
    from dvk_api_client.models import UnitPage

    ids: dict[str, int] = {}
    cursor: str | None = None
    while True:
        page = _ok(units_list.sync(client=session.client, limit=50, cursor=cursor), UnitPage)
        ids.update({unit.code: unit.id for unit in page.items})
        if not page.next_cursor:
            return ids
        cursor = page.next_cursor


def test_python_sdk_drives_registration_to_public_showcase(sessions: dict[str, DvkSession], live_api: LiveApi) -> None:
    from dvk_api_client.models import (
        CampaignRead,
        DecisionRead,
        EvidenceRead,
        ModelRead,
        PublicExemplarDetail,
        PublicExemplarPage,
        ReviewRead,
    )

    admin, registrant = sessions["admin"], sessions["py.registrant"]
    mobiliser, authority = sessions["py.mobiliser"], sessions["py.authority"]
    units = _unit_ids(admin)
    assert len(units) > 50, "more than one page of units was read"

    vn_today = (datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=7)).date()
    year, day = vn_today.year, datetime.timedelta(days=1)
    campaign = _ok(
        campaigns_create.sync(
            client=admin.client,
            body=CampaignCreate(
                name=f"Giai đoạn {year}–{year + 2} (SDK Python)",
                start_year=year,
                end_year=year + 2,
                owning_unit_id=units["QT-VL"],
                cycles=[
                    CycleCreate(
                        year=year,
                        registration_windows=[
                            RegistrationWindow(
                                label="Đăng ký", opens_on=vn_today - 5 * day, closes_on=vn_today + 10 * day
                            )
                        ],
                        results_due_on=vn_today + 30 * day,
                        recognition_starts_on=vn_today - 3 * day,
                        recognition_ends_on=vn_today + 20 * day,
                    )
                ],
            ),
        ),
        CampaignRead,
    )
    today = campaign.local_today

    # Registration: a draft, then its registration form (multipart).
    created = _ok(
        models_create.sync(
            client=registrant.client,
            body=ModelCreate(
                campaign_id=campaign.id,
                year=year,
                registrant_unit_id=units["QT-VL-VT-TL"],
                name="Dân vận khéo trong chuyển đổi số (SDK Python)",
                summary="Hướng dẫn bà con dùng dịch vụ công",
                field_code="economy",
                objectives="100 hộ dùng dịch vụ công",
                content_methods="Tổ công nghệ số",
                targets=[
                    Target(
                        what="Hộ dùng dịch vụ công trực tuyến",
                        indicator="Số hộ",
                        target_value=100,
                        unit_of_measure="hộ",
                    )
                ],
                start_date=datetime.date(year, 1, 1),
                end_date=datetime.date(year, 12, 31),
            ),
        ),
        ModelRead,
    )
    assert created.state == "draft"
    assert registrant.etags[f"/api/v1/models/{created.id}"], "the create's ETag is kept for the model"
    form = _ok(
        evidence_upload.sync(
            created.id,
            client=registrant.client,
            body=EvidenceUploadForm(
                file=File(
                    payload=io.BytesIO(sample_pdf(str(created.id))), file_name="mau-1.pdf", mime_type="application/pdf"
                ),
                kind=EvidenceKind.REGISTRATION_FORM,
                title="Mẫu 1",
            ),
        ),
        EvidenceRead,
    )
    assert form.kind == "registration_form"

    def move(session: DvkSession, body: TransitionRequest) -> Any:
        """Read the model (its ETag is kept), then move it with If-Match filled in by the session."""
        _ok(models_get.sync(created.id, client=session.client), ModelRead)
        return _ok(models_transition.sync(created.id, client=session.client, body=body, if_match=AUTO), ModelRead)

    # A write with no version seen is refused (428), raised as a typed problem.
    fresh = DvkSession(live_api.base_url)
    fresh.sign_in("py.registrant", live_api.password)
    with pytest.raises(ApiProblem) as refused:
        models_transition.sync(
            created.id, client=fresh.client, body=TransitionRequest(action=Action("submit")), if_match=AUTO
        )
    assert refused.value.status == 428 and refused.value.request_id
    fresh.close()

    assert move(registrant, TransitionRequest(action=Action("submit"))).state == "registered"
    assert move(mobiliser, TransitionRequest(action=Action("accept"))).state == "implementing"
    with pytest.raises(ApiProblem) as stale:
        models_transition.sync(
            created.id,
            client=registrant.client,
            body=TransitionRequest(action=Action("withdraw"), reason="stale"),
            if_match='"1"',
        )
    assert stale.value.status == 412
    assert (
        move(
            registrant,
            TransitionRequest(
                action=Action("report_results"),
                results=[ResultItem(target_index=0, achieved_value=112)],
                results_report="112 hộ đã dùng dịch vụ công.",
            ),
        ).state
        == "reported"
    )
    survey = SurveyCreate(
        surveyed_on=today,
        officers=["Lê Văn Cường"],
        findings="Nhân dân đồng tình hưởng ứng.",
        scores=[CriterionScore(criterion=c, score=8) for c in range(1, 6)],
    )
    assert move(mobiliser, TransitionRequest(action=Action("record_survey"), survey=survey)).state == "surveyed"

    # The review meeting at the commune's Đảng ủy: members, the candidate, votes, minutes, close.
    review = _ok(
        reviews_create.sync(
            client=mobiliser.client,
            body=ReviewCreate(
                holding_unit_id=units["QT-VL-VT-DU"],
                campaign_id=campaign.id,
                year=year,
                title=f"Họp bình xét mô hình “Dân vận khéo” năm {year}",
                held_on=today,
                place="Hội trường",
                chair="Nguyễn Văn Chủ Trì",
                secretary="Trần Thị Thư Ký",
                members=[
                    MemberCreate(full_name="Nguyễn Văn Chủ Trì", title="Bí thư"),
                    MemberCreate(full_name="Trần Thị Thư Ký", title="Ủy viên"),
                ],
            ),
        ),
        ReviewRead,
    )
    _ok(
        reviews_members_add.sync(
            review.id,
            client=mobiliser.client,
            if_match=AUTO,
            body=MemberCreate(full_name="Lê Văn Thành", title="Ủy viên"),
        ),
        ReviewRead,
    )
    with_candidate = _ok(
        reviews_candidates_add.sync(
            review.id, client=mobiliser.client, if_match=AUTO, body=CandidateCreate(model_id=created.id)
        ),
        ReviewRead,
    )
    [candidate] = with_candidate.candidates
    _ok(
        reviews_ballot.sync(
            review.id,
            client=mobiliser.client,
            if_match=AUTO,
            body=BallotUpdate(
                votes=[
                    BallotEntry(member_id=m.id, candidate_id=candidate.id, vote=Vote.APPROVE)
                    for m in with_candidate.members
                ]
            ),
        ),
        ReviewRead,
    )
    reviews_minutes_upload.sync(
        review.id,
        client=mobiliser.client,
        if_match=AUTO,
        body=ReviewMinutesForm(
            title="Biên bản họp bình xét",
            file=File(
                payload=io.BytesIO(sample_pdf(f"minutes {review.id}")),
                file_name="bien-ban.pdf",
                mime_type="application/pdf",
            ),
        ),
    )
    closed = _ok(reviews_close.sync(review.id, client=mobiliser.client, if_match=AUTO), ReviewRead)
    assert closed.status == "closed"
    assert [c.outcome for c in closed.candidates] == ["approved"]

    # The decision: the commune's Đảng ủy recognises the model and publishes it.
    decision = _ok(
        decisions_create.sync(
            client=authority.client,
            body=DecisionCreate(
                kind=DecisionKind.MODEL_RECOGNITION,
                number="22-QĐ/ĐU",
                issued_on=today,
                issuing_unit_id=units["QT-VL-VT-DU"],
                signer_name="Hoàng Văn Ký",
                signer_title="Bí thư",
                review_id=review.id,
                publish=True,
                models=[DecisionModelIn(model_id=created.id)],
            ),
        ),
        DecisionRead,
    )
    assert decision.status == "issued"
    assert _ok(models_get.sync(created.id, client=registrant.client), ModelRead).state == "recognized"

    # The public showcase: no sign-in, the model and its decision, nothing private.
    with DvkSession(live_api.base_url) as visitor:
        page = _ok(public_exemplars_list.sync(client=visitor.client, q="chuyen doi so"), PublicExemplarPage)
        [shown] = [item for item in page.items if item.code == created.code]
        assert [d.number for d in shown.decisions] == ["22-QĐ/ĐU"]
        detail = _ok(public_exemplars_get.sync(created.code, client=visitor.client), PublicExemplarDetail)
        assert detail.code == created.code
        raw = visitor.client.get_httpx_client().get("/api/v1/public/exemplars", params={"q": "chuyen doi so"})
        assert "Lê Văn Thành" not in raw.text

    # Tokens rotate: a refresh gives a new pair, the old refresh token is spent, calls go on.
    spent = registrant.tokens.refresh_token if registrant.tokens else ""
    assert registrant.refresh().refresh_token != spent
    assert _ok(models_get.sync(created.id, client=registrant.client), ModelRead).state == "recognized"
    registrant.sign_out()
