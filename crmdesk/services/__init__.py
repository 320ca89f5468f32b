"""Use cases. Each public method is one user action: one transaction, one undo step, and the
``Changes`` it made so the views refresh only what they show."""
