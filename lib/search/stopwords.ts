import { normalizeArabic } from '@/lib/arabic/normalize';

// Words in nearly every article: indexing them would make each search for them walk the whole
// index, and they tell no article from another. Listed as written, compared folded.
const WRITTEN = [
  'في', 'من', 'على', 'إلى', 'عن', 'مع', 'أن', 'إن', 'أو', 'ثم', 'كما', 'لم', 'لن', 'لا', 'ما', 'قد',
  'هذا', 'هذه', 'ذلك', 'تلك', 'هو', 'هي', 'هم', 'التي', 'الذي', 'الذين', 'كان', 'كانت', 'بين', 'بعد',
  'قبل', 'حتى', 'عند', 'منذ', 'إذا', 'أي', 'كل', 'بعض', 'غير', 'لكن', 'وقد', 'وفي', 'ومن', 'وهو', 'وهي',
  'أنه', 'إنه', 'فيه', 'فيها', 'عليه', 'عليها', 'به', 'بها', 'له', 'لها', 'حيث', 'خلال', 'أيضا',
];

export const STOPWORDS: ReadonlySet<string> = new Set(WRITTEN.map(normalizeArabic));
