// Regiobeeld, regioplan and uitvoeringsplan (DOMAIN.md §7, issue "Plans and decisions").
export {};
