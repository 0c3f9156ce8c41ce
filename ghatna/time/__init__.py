"""Time: Hindi temporal expressions and document-date inference."""
