"""Evidence files (hồ sơ minh chứng): upload, storage, download, and the dossier rules."""
