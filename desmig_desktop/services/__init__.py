"""Use cases. Each public function is one thing a user does and commits all or nothing.

Services return frozen dataclasses (services.dto), never live ORM rows, and never import Qt.
"""
