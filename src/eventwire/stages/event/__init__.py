"""The events stage's parts: triggers, roles, status, ACLED sub-types, casualties, and their attachments."""
