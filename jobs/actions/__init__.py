"""State-changing operations of the job queue (one action per file)."""
