// The forms of "be" that make a participle after them passive ("was announced", "will not be invited").
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
