"""Text processing: normalisation, sentence segmentation, tokenisation and the trained models."""
