// Meetings, agenda items, proposals, college positions, votes and decisions (DOMAIN.md §6).
export {};
