// Monitoring (DOMAIN.md §9).
export {};
