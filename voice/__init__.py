"""Workers' voice: questions, grievances, opinions and misinformation reports from members,
routed up the org tree and answered within a deadline, under Vietnam's Personal Data
Protection Law (docs/voice.md, docs/personal-data.md).

Cases live in the public schema (escalation moves them between organisations and tenants).
Personal data in them (bodies, contact details, attachments) is encrypted at rest
(``voice.crypto``); the audit trail (django-pghistory) records state, never text.
"""
