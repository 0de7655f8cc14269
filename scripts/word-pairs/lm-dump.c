/*
 * Prints the unigrams and bigrams of a CMU Sphinx language model, for
 * scripts/build-word-pairs.mjs. Only words listed in WORDS (one per line) are kept, so the
 * dump holds the pairs the copy checker can use and takes about a minute, not an hour.
 *
 *   gcc -O2 -o /tmp/lm-dump scripts/word-pairs/lm-dump.c \
 *       -I/usr/include/x86_64-linux-gnu -lsphinxbase -lm
 *   /tmp/lm-dump /usr/share/pocketsphinx/model/en-us/en-us.lm.bin WORDS > dump.tsv
 *
 * Output, log10 throughout:  "1 <word> <prob> <backoff>"  and  "2 <word> <next> <prob>".
 * The library's own ARPA writer stops with an assertion on this model (Debian bookworm), so
 * the bigrams are found by asking the model for each pair and keeping those it holds as pairs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sphinxbase/ngram_model.h>
#include <sphinxbase/logmath.h>

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: lm-dump MODEL WORDS\n");
    return 2;
  }
  logmath_t *lmath = logmath_init(1.0001, 0, 0);
  ngram_model_t *lm = ngram_model_read(NULL, argv[1], NGRAM_AUTO, lmath);
  if (!lm) return 1;
  int32 size = ngram_model_get_counts(lm)[0];
  int32 *kept = calloc(size, sizeof(int32));
  int32 n = 0;
  FILE *list = fopen(argv[2], "r");
  if (!list) return 1;
  char line[256];
  while (fgets(line, sizeof line, list)) {
    line[strcspn(line, "\r\n")] = 0;
    int32 wid = ngram_wid(lm, line);
    if (wid != ngram_unknown_wid(lm)) kept[n++] = wid;
  }
  fclose(list);
  for (int32 i = 0; i < n; i++) {
    int32 x = kept[i], used;
    int32 prob = ngram_ng_score(lm, x, NULL, 0, &used);
    /* The backoff weight of x: what a pair the model lacks scores beyond its second word. */
    double backoff = 0;
    for (int32 j = 0; j < n; j++) {
      int32 s = ngram_bg_score(lm, kept[j], x, &used);
      if (used == 1) {
        backoff = logmath_log_to_log10(lmath, s - ngram_ng_score(lm, kept[j], NULL, 0, &used));
        break;
      }
    }
    printf("1 %s %.4f %.4f\n", ngram_word(lm, x), logmath_log_to_log10(lmath, prob), backoff);
  }
  for (int32 i = 0; i < n; i++)
    for (int32 j = 0; j < n; j++) {
      int32 used, s = ngram_bg_score(lm, kept[j], kept[i], &used);
      if (used == 2)
        printf("2 %s %s %.4f\n", ngram_word(lm, kept[i]), ngram_word(lm, kept[j]),
               logmath_log_to_log10(lmath, s));
    }
  return 0;
}
