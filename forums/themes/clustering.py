"""Grouping vectors into themes, deterministically, with numpy alone.

Average-linkage agglomerative clustering on cosine similarity: it needs no number of
themes chosen in advance, gives the same answer on every run for the same input (no random
start), and its one setting reads plainly ("join two groups while what they say is, on
average, closer than usual"). e5's similarities are compressed high (unrelated pairs score
about 0.8), so the cut is relative to the collection: the mean pairwise similarity plus
`SPREAD` (half a) standard deviation, tuned on the tests' multilingual set.

Average linkage over n items needs an n x n matrix; beyond `EXACT_LIMIT` items the vectors
are first gathered into `EXACT_LIMIT` small groups by a seeded spherical k-means, and the
linkage runs on those groups. That is still exact average linkage between the groups,
because the sum of all pairwise dot products of two groups is the dot product of their
sums.
"""

import re

import numpy as np

SPREAD = 0.5
EXACT_LIMIT = 400
KMEANS_ROUNDS = 15
SEED = 20


def _kmeans(vectors, k):
    """Seeded spherical k-means (k-means++ start): labels for each vector."""
    rng = np.random.default_rng(SEED)
    n = len(vectors)
    centres = [vectors[rng.integers(n)]]
    best = vectors @ centres[0]
    for _step in range(1, k):
        distance = np.clip(1 - best, 0, None) ** 2
        total = distance.sum()
        chosen = rng.choice(n, p=distance / total) if total > 0 else rng.integers(n)
        centres.append(vectors[chosen])
        best = np.maximum(best, vectors @ vectors[chosen])
    centres = np.array(centres)
    for _round in range(KMEANS_ROUNDS):
        labels = np.argmax(vectors @ centres.T, axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, labels, vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        centres = np.where(norms > 0, sums / np.maximum(norms, 1e-12), centres)
    return np.argmax(vectors @ centres.T, axis=1)


def _threshold(vectors):
    rng = np.random.default_rng(SEED)
    n = len(vectors)
    if n <= EXACT_LIMIT:
        sims = vectors @ vectors.T
        values = sims[np.triu_indices(n, 1)]
    else:
        a, b = rng.integers(n, size=(2, 20000))
        keep = a != b
        values = np.einsum("ij,ij->i", vectors[a[keep]], vectors[b[keep]])
    return float(values.mean() + SPREAD * values.std())


def cluster(vectors):
    """Labels (0, 1, ...) for each row of `vectors` (L2-normalised), numbered by size,
    largest first; the same input gives the same labels."""
    vectors = np.asarray(vectors, dtype=np.float64)
    n = len(vectors)
    if n == 0:
        return np.zeros(0, dtype=int)
    if n == 1:
        return np.zeros(1, dtype=int)
    cut = _threshold(vectors)
    if n > EXACT_LIMIT:
        base = _kmeans(vectors, EXACT_LIMIT)
    else:
        base = np.arange(n)
    groups = int(base.max()) + 1
    sums = np.zeros((groups, vectors.shape[1]))
    np.add.at(sums, base, vectors)
    sizes = np.bincount(base, minlength=groups).astype(np.float64)
    alive = sizes > 0
    pair_sums = sums @ sums.T
    parent = np.arange(groups)
    while alive.sum() > 1:
        average = pair_sums / np.outer(sizes, sizes).clip(min=1)
        average[~alive, :] = -np.inf
        average[:, ~alive] = -np.inf
        np.fill_diagonal(average, -np.inf)
        flat = int(np.argmax(average))
        a, b = divmod(flat, groups)
        if average[a, b] < cut:
            break
        a, b = min(a, b), max(a, b)
        pair_sums[a, :] += pair_sums[b, :]
        pair_sums[:, a] += pair_sums[:, b]
        sizes[a] += sizes[b]
        sizes[b] = 0
        alive[b] = False
        parent[parent == b] = a
    labels = parent[base]
    order = sorted(set(labels.tolist()), key=lambda label: (-np.sum(labels == label), label))
    renumber = {label: number for number, label in enumerate(order)}
    return np.array([renumber[label] for label in labels.tolist()])


WORD = re.compile(r"[^\W\d_]{3,}")
STOP_WORDS = set(
    """the and for are was were with that this have has had not but you your our they them
    their there here what when who how why all any can could would should will just been
    from into out about more very too than then also some such only one two get got see
    its it's did does doing being because while which where over after before again off
    make made want wants need needs like lot lots much many really things thing""".split()
)


def words(text):
    return [word for word in WORD.findall(text.lower()) if word not in STOP_WORDS]


def defining_words(texts, labels, count=5):
    """For each label, the words that set its texts apart: the sum of each word's count in
    the group's texts times its inverse document frequency over all texts (plain TF-IDF,
    words of three letters or more in any script, English filler words left out)."""
    documents = [set(words(text)) for text in texts]
    frequency = {}
    for document in documents:
        for word in document:
            frequency[word] = frequency.get(word, 0) + 1
    total = len(texts)
    result = {}
    for label in sorted(set(np.asarray(labels).tolist())):
        scores = {}
        for document, own in zip(documents, labels, strict=True):
            if own != label:
                continue
            for word in document:
                scores[word] = scores.get(word, 0) + np.log((1 + total) / (1 + frequency[word]))
        ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        result[label] = [word for word, score in ranked[:count] if frequency[word] > 1]
    return result
