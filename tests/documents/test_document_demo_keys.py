"""The demo's committees get signing certificates from the demo CA, and sign a decision that verifies."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from app.cli import demo_signing_units, main
from app.documents.demo_ca import ensure_demo_keystore
from app.documents.keystore import signer_for, trust_roots
from app.documents.render import render_pdf
from app.documents.samples import sample_context
from app.documents.signing import sign_pdf, verify_pdf


async def test_demo_committees_sign_out_of_the_box(demo, session, tmp_path: Path) -> None:
    units = await demo_signing_units(session)
    ids = {unit_id for unit_id, _ in units}
    for code in ("QT-TU", "QT-VL-HU", "QT-DH-TU", "QT-VL-VT-DU", "QT-VL-BDV", "QT-VL-BCD", "QT-VL-CBTHPT"):
        assert demo.unit(code) in ids, code
    for code in ("QT-VL-VT-TL", "QT-VL-UBND", "QT-VL-CTTS", "QT-VL-VT-TL-CB"):  # villages, governments, firms
        assert demo.unit(code) not in ids, code
    ensure_demo_keystore(tmp_path, [SimpleNamespace(id=i, name=n) for i, n in units])
    signer = signer_for(demo.unit("QT-VL-HU"), directory=tmp_path)  # the development passphrase
    assert signer.common_name == "Huyện ủy Vĩnh Linh"
    pdf = render_pdf(
        "decision.recognition",
        sample_context("decision.recognition"),
        verification_code="DEMO-0001",
        verify_url="http://127.0.0.1:8000/api/v1/public/verify/DEMO-0001",
    )
    signed = sign_pdf(pdf, signer, reason="Ban hành Quyết định 45-QĐ/HU", location="Vĩnh Linh", tsa_url=None)
    result = verify_pdf(signed, trust_roots=trust_roots(directory=tmp_path))
    assert result.intact and result.signer_common_name == "Huyện ủy Vĩnh Linh"
    assert result.verification_code == "DEMO-0001"


def test_keys_demo_is_refused_in_production(settings_env, tmp_path: Path, capsys) -> None:
    settings_env(env="production", metrics_token="m" * 32, demo_password="x" * 12)
    assert main(["keys", "demo", "--out", str(tmp_path)]) == 2
    assert "never used in production" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())
