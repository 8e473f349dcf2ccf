"""HTTP routes of /authority: the approval-authority policy (the rules themselves live in app.policy)."""
