"""Generated documents: decisions, certificates and commendations rendered to PDF, signed, verified.

The engine (this package's render, templates, contexts, keystore, signing and demo_ca modules) has no
HTTP and no tables; the documents service beside it stores, issues and revokes.
"""
