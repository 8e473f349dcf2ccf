"""Generated documents: decisions, certificates and commendations rendered to PDF, signed, verified.

The engine (render and its layouts, templates, contexts, keystore, signing and demo_ca) has no
HTTP and no tables; the documents service beside it stores, issues and revokes.
"""
