"""The ground floor of text handling: NFC and the folded matching key, a stable content id,
language identification and the dateline. It imports no other ghatna package except the language
data loader (``ghatna.lang``)."""
