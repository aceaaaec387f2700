/** The brand colour: `iconBrandColor` in apiProperties.json and the background of icon.png. */
export const brandColor = '#002050' as const;
