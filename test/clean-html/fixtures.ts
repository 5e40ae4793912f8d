// Small pages written for these tests (no real article text). Each builder returns an HTML string.

export const ARTICLE_PARAGRAPHS = [
  'The river crossing near the old mill was repaired overnight, according to the district office, which said traffic would resume by noon.',
  'Engineers from two neighbouring towns worked in shifts, replacing the damaged planks and reinforcing the eastern pillar with steel braces.',
  'Residents had used a ferry for nine days, and the local council thanked the boat crew for carrying more than four thousand passengers.',
  'The office said a full inspection of the structure, including the foundations under the water line, would take place next spring.',
];

export function newsPage(opts: { head?: string; url?: string; beforeTitle?: string; extraBody?: string } = {}): string {
  const [p1, p2, p3, p4] = ARTICLE_PARAGRAPHS;
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Bridge reopens after repairs | The Valley Courier</title>
  <meta property="og:site_name" content="The Valley Courier">
  <link rel="canonical" href="/news/bridge-reopens">
  ${opts.head ?? ''}
  <script>var tracking = "Read more about this";</script>
  <style>.x { color: red }</style>
</head>
<body>
  <div id="cookie-consent" class="cookie-banner"><p>We use cookies to improve your experience on our site. Accept all?</p><button>OK</button></div>
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  ${opts.beforeTitle ?? ''}
  <main>
    <article class="story">
      <h1>Bridge reopens after repairs</h1>
      <div class="byline">By Jane Example and John Sample</div>
      <time datetime="2023-03-07T09:15:00+02:00">7 March 2023</time>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
      <div class="article-body">
        <p>${p1}</p>
        <figure><img src="a.jpg"><figcaption>Workers on the bridge at dawn. Photo: Staff photographer</figcaption></figure>
        <p>${p2}</p>
        <h2>Ferry service ends</h2>
        <p>${p3}</p>
        <blockquote>We are relieved that the crossing is open again before the market day.</blockquote>
        <ul><li>Traffic resumes at noon, with a speed limit of thirty.</li><li>Heavy lorries stay on the bypass until the spring inspection.</li></ul>
        <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the news in your inbox.</p></div>
        <p>${p4}</p>
        <p>Advertisement</p>
      </div>
      <aside class="related-stories"><h3>Related</h3><ul>
        <li><a href="/a">Council approves budget for road repairs next year</a></li>
        <li><a href="/b">Market day moves to the square for the summer</a></li>
      </ul></aside>
      ${opts.extraBody ?? ''}
    </article>
    <section id="comments" class="comments"><p>Great news, I cross that bridge every single morning on my way to work!</p></section>
  </main>
  <footer class="site-footer"><p>© 2023 The Valley Courier. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
</body>
</html>`;
}

export function liveBlogJsonLd(): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'LiveBlogPosting',
    headline: 'Storm over the valley: live updates',
    datePublished: '2023-06-07T06:00:00+01:00',
    liveBlogUpdate: [
      { '@type': 'BlogPosting', headline: 'Power restored', datePublished: '2023-06-07T22:53:00+01:00', articleBody: 'Power has been restored to most homes in the northern district.' },
      { '@type': 'BlogPosting', headline: 'Roads closed', datePublished: '2023-06-07T18:10:00+01:00', articleBody: 'Two roads into the town remain closed because of fallen trees.' },
    ],
  };
  return `<html><head><title>Storm live</title><script type="application/ld+json">${JSON.stringify(data)}</script></head>
<body><h1>Storm over the valley: live updates</h1><p>Follow the latest on the storm that crossed the valley today, with reports from our team on the ground.</p></body></html>`;
}

export function liveBlogDom(): string {
  const entry = (iso: string, clock: string, text: string): string =>
    `<div class="live-post"><time datetime="${iso}">${clock}</time><p>${text}</p></div>`;
  return `<html><head><title>Election night live</title></head><body>
<h1>Election night live</h1>
<p>All the results as they come in from the counting halls across the region tonight.</p>
<div class="live-feed">
${entry('2023-05-04T23:40:00Z', '23:40', 'The first count in the harbour ward is complete and turnout was higher than expected.')}
${entry('2023-05-04T23:10:00Z', '23:10', 'Counting has started in all twelve wards after the boxes arrived from the islands.')}
${entry('2023-05-04T22:00:00Z', '22:00', 'Polls have closed and the ballot boxes are on their way to the counting halls.')}
</div></body></html>`;
}
