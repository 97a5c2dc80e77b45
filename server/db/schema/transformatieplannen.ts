// Transformation plans with consent and assessments, and supplementary initiatives (DOMAIN.md §8).
export {};
