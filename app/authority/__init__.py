"""The approval authority around the policy: the HTTP routes of /authority (the rules themselves live in
app.policy) and the sync that keeps the answer stored on models true when its inputs change."""
