"""Grouping vectors into themes, deterministically, with numpy alone.

Average-linkage agglomerative clustering on cosine similarity: it needs no number of
themes chosen in advance, gives the same answer on every run for the same input (no random
start), and its one setting reads plainly ("join two groups while what they say is, on
average, closer than usual"). The cut is relative to the collection (the mean pairwise
similarity plus some standard deviations), and of the cuts in `SPREADS` the finest whose
groups stand nearly as far apart as the best (the silhouette score) is kept: tried on the tests'
multilingual set (three subjects) and the demo (about twenty), a fixed cut fitted one and
not the other.

Before that, each language's own direction is taken out (`without_language`): a small
multilingual model puts two texts in one language closer than two texts on one subject in
different languages, so Urdu about letters and Urdu about interpreters would otherwise
group together, apart from the Polish about letters. Each vector loses its language's mean
(drawn towards the mean of all, for a language with few texts) and then the mean of all,
which also spreads e5's compressed similarities.

Average linkage over n items needs an n x n matrix; beyond `EXACT_LIMIT` items the vectors
are first gathered into `EXACT_LIMIT` small groups by a seeded spherical k-means, and the
linkage runs on those groups. That is still exact average linkage between the groups,
because the sum of all pairwise dot products of two groups is the dot product of their
sums.
"""

import re

import numpy as np

# The cuts tried: the mean pairwise similarity plus this many standard deviations.
SPREADS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0)
SILHOUETTE_SAMPLE = 2000
# How far below the best score a finer cut may be and still be chosen (a fraction of it).
TOLERANCE = 0.05
# How many texts' weight the mean of all carries in a language's mean: a language with
# three texts (often on three subjects) must not lose what they say.
LANGUAGE_SHRINK = 3
EXACT_LIMIT = 400
KMEANS_ROUNDS = 15
SEED = 20


def without_language(vectors, languages):
    """`vectors` (one row per text, L2-normalised) less the direction each text's language
    (a code such as "ur" or "en-gb": "en" and "en-gb" are one language) adds, re-normalised.
    See the module's docstring."""
    vectors = np.asarray(vectors, dtype=np.float64)
    if len(vectors) == 0:
        return vectors
    overall = vectors.mean(axis=0)
    groups = {}
    for index, language in enumerate(languages):
        groups.setdefault((language or "").split("-")[0].lower(), []).append(index)
    shifted = np.empty_like(vectors)
    for indexes in groups.values():
        own = vectors[indexes].mean(axis=0)
        drawn = (len(indexes) * own + LANGUAGE_SHRINK * overall) / (len(indexes) + LANGUAGE_SHRINK)
        shifted[indexes] = vectors[indexes] - drawn
    norms = np.linalg.norm(shifted, axis=1, keepdims=True)
    return shifted / np.maximum(norms, 1e-12)


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


def _similarities(vectors, rng):
    """Pairwise similarities of the collection (all pairs, or a seeded sample of them)."""
    n = len(vectors)
    if n <= EXACT_LIMIT:
        return (vectors @ vectors.T)[np.triu_indices(n, 1)]
    a, b = rng.integers(n, size=(2, 20000))
    keep = a != b
    return np.einsum("ij,ij->i", vectors[a[keep]], vectors[b[keep]])


def _merges(base, vectors, lowest):
    """Average linkage over the groups `base` labels: each merge (a, b, its average
    similarity), highest first, down to `lowest`. Average linkage never merges higher after
    a lower merge, so cutting at any height is keeping the merges above it."""
    groups = int(base.max()) + 1
    sums = np.zeros((groups, vectors.shape[1]))
    np.add.at(sums, base, vectors)
    sizes = np.bincount(base, minlength=groups).astype(np.float64)
    alive = sizes > 0
    pair_sums = sums @ sums.T
    merges = []
    while alive.sum() > 1:
        average = pair_sums / np.outer(sizes, sizes).clip(min=1)
        average[~alive, :] = -np.inf
        average[:, ~alive] = -np.inf
        np.fill_diagonal(average, -np.inf)
        a, b = divmod(int(np.argmax(average)), groups)
        height = float(average[a, b])
        if height < lowest:
            break
        a, b = min(a, b), max(a, b)
        pair_sums[a, :] += pair_sums[b, :]
        pair_sums[:, a] += pair_sums[:, b]
        sizes[a] += sizes[b]
        sizes[b] = 0
        alive[b] = False
        merges.append((a, b, height))
    return merges


def _cut(base, merges, height):
    parent = np.arange(int(base.max()) + 1)
    for a, b, merged_at in merges:
        if merged_at < height:
            break
        parent[parent == b] = a
    return parent[base]


def _silhouette(vectors, labels):
    """Mean silhouette (cosine distance) of the distinct vectors: how much closer each text
    is to its own group than to the nearest other. Copies of one text (a forum point read
    out at seven forums) count once, or they would reward cutting them off alone."""
    _unique, first = np.unique(vectors.round(6), axis=0, return_index=True)
    vectors, labels = vectors[first], labels[first]
    names, labels = np.unique(labels, return_inverse=True)
    if len(names) < 2 or len(names) == len(labels):
        return -1.0
    distance = 1 - vectors @ vectors.T
    one_hot = np.eye(len(names))[labels]
    counts = one_hot.sum(axis=0)
    totals = distance @ one_hot
    own_count = counts[labels]
    rows = np.arange(len(labels))
    inside = np.where(own_count > 1, totals[rows, labels] / np.maximum(own_count - 1, 1), 0)
    means = totals / counts
    means[rows, labels] = np.inf
    nearest = means.min(axis=1)
    score = np.where(own_count > 1, (nearest - inside) / np.maximum(inside, nearest), 0)
    return float(score.mean())


def cluster(vectors):
    """Labels (0, 1, ...) for each row of `vectors` (L2-normalised), numbered by size,
    largest first; the same input gives the same labels. The cut is the finest of `SPREADS`
    whose groups are nearly as far apart as the best (silhouette), so a collection on three
    subjects gets three groups and one on twenty gets about twenty."""
    vectors = np.asarray(vectors, dtype=np.float64)
    n = len(vectors)
    if n <= 1:
        return np.zeros(n, dtype=int)
    rng = np.random.default_rng(SEED)
    values = _similarities(vectors, rng)
    cuts = [float(values.mean() + spread * values.std()) for spread in SPREADS]
    base = _kmeans(vectors, EXACT_LIMIT) if n > EXACT_LIMIT else np.arange(n)
    merges = _merges(base, vectors, min(cuts))
    # Silhouette costs n x n: on a large collection it is judged on a seeded sample.
    sample = (
        np.sort(rng.choice(n, SILHOUETTE_SAMPLE, replace=False)) if n > SILHOUETTE_SAMPLE else None
    )
    scored = []
    for height in cuts:
        labels = _cut(base, merges, height)
        score = (
            _silhouette(vectors, labels)
            if sample is None
            else _silhouette(vectors[sample], labels[sample])
        )
        scored.append((score, labels))
    # Cuts a little apart in score are as good as each other (the score is noisy on a few
    # hundred texts): of those, the finest, as merging two themes is one click for staff
    # and splitting one means picking its messages.
    top = max(score for score, _labels in scored)
    best = [labels for score, labels in scored if score >= top - TOLERANCE * abs(top)][-1]
    order = sorted(set(best.tolist()), key=lambda label: (-np.sum(best == label), label))
    renumber = {label: number for number, label in enumerate(order)}
    return np.array([renumber[label] for label in best.tolist()])


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
