"""Ratio-margin scoring for cross-lingual matching (Artetxe & Schwenk, 2019).

Why: plain cosine favours "hub" sentences that are close to everything. The ratio margin
divides each cosine by the mean similarity of both sides to their k nearest neighbours, so a
pair only scores high when it stands out from each side's neighbourhood. Used by the Tatoeba
bench; the aligner tried it and dropped it (see :mod:`reconcile.align`).
"""
from __future__ import annotations

import numpy as np


def knn_mean(sim: np.ndarray, k: int) -> np.ndarray:
    """Mean of the ``k`` largest values of each row of ``sim`` (k is capped at the row length)."""
    if sim.shape[1] == 0:
        return np.zeros(sim.shape[0], dtype=np.float32)
    k = max(1, min(k, sim.shape[1]))
    top = np.partition(sim, sim.shape[1] - k, axis=1)[:, sim.shape[1] - k:]
    return top.mean(axis=1)


def ratio_margin(x: np.ndarray, y: np.ndarray, k: int = 4) -> np.ndarray:
    """Margin scores ``cos(x_i, y_j) / ((knn_x(i) + knn_y(j)) / 2)`` for L2-normalized rows.

    ``knn_x(i)`` is the mean cosine of ``x_i`` to its ``k`` nearest rows of ``y``, and
    ``knn_y(j)`` that of ``y_j`` to its ``k`` nearest rows of ``x``.
    """
    sim = np.asarray(x, dtype=np.float32) @ np.asarray(y, dtype=np.float32).T
    return margin_from_similarity(sim, k)


def margin_from_similarity(sim: np.ndarray, k: int = 4) -> np.ndarray:
    """Ratio margin from a precomputed cosine matrix (rows: x, columns: y)."""
    fwd = knn_mean(sim, k)          # x_i -> its neighbours in y
    bwd = knn_mean(sim.T, k)        # y_j -> its neighbours in x
    denom = (fwd[:, None] + bwd[None, :]) / 2.0
    return sim / np.where(np.abs(denom) < 1e-9, 1e-9, denom)


def margin_argmax(x: np.ndarray, y: np.ndarray, k: int = 4) -> np.ndarray:
    """For each row of ``x``, the index of the row of ``y`` with the highest ratio margin."""
    return ratio_margin(x, y, k).argmax(axis=1)
