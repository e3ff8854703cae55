"""The app's one store, opened on first use: the blueprints reach the graph through it."""

from __future__ import annotations

from flask import Flask


def get_store(app: Flask | None = None):  # noqa: ANN201
    """The app's one store, opened on first use and shared by every request."""
    from flask import current_app

    app = app or current_app
    store = app.config.get("STORE")
    if store is None:
        from graph.store import open_store
        from language.restore import use_learned

        store = open_store(app.config["DB"], app.config.get("NEO4J_URI"), app.config.get("NEO4J_USER"),
                           app.config.get("NEO4J_PASSWORD"))
        app.config["STORE"] = store
        use_learned(store.learned_path())  # scanned pages read with what this graph's documents taught
    return store
