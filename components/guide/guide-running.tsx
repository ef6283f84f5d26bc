import Link from "next/link";

/** How to run each kind of session, and the pre/post assessment. */
export function GuideRunning() {
  return (
    <>
      <section aria-labelledby="guide-before">
        <h2 id="guide-before">Before the first session</h2>
        <ul>
          <li>
            Create a class at <Link href="/classes">Classes</Link> and share its join code. Trainees join at{" "}
            <strong>/join</strong> with a display name and a password; no email is needed.
          </li>
          <li>
            Decide on content notes for the group (see <a href="#content-notes">Content notes</a>) and set them on the
            class page. Everything drawn for the class respects them.
          </li>
          <li>
            Read your organisation&apos;s safeguarding procedures and fill in the box under{" "}
            <a href="#safeguarding">Safeguarding</a>.
          </li>
          <li>
            Tell the group what the material is: short scenarios retold from the testimony of people who left the
            so-called Islamic State, as reported in the press. Some mention violence in general terms. Anyone may step
            out.
          </li>
        </ul>
      </section>

      <section aria-labelledby="guide-practice">
        <h2 id="guide-practice">Running a practice</h2>
        <p>
          Trainees practise on their own from <strong>Practice</strong>: sessions of 5 or 10 scenarios that always cover
          all four narratives and hold back what they answered recently. Each answer gets feedback at once: the
          narrative, the implication, and why the tempting alternatives fall short. Practice suits homework, revision
          and the first meeting with the material.
        </p>
        <p>
          Ask trainees to rate their confidence as they answer. Each trainee&apos;s view on your dashboard then shows
          whether they are surer when they are right: a good debrief question is where they were confident and wrong.
        </p>
      </section>

      <section aria-labelledby="guide-exercise">
        <h2 id="guide-exercise">Running an exercise</h2>
        <ol>
          <li>
            On the class page choose <strong>New exercise</strong>. Pick scenarios by narrative, implication, difficulty
            and kind, or draw a set balanced across the narratives.
          </li>
          <li>
            Choose <strong>Practice</strong> (feedback after each answer) to teach, or <strong>Assessment</strong>{" "}
            (feedback only once the exercise closes) to find out what the group can do unaided.
          </li>
          <li>Set the opening and closing times and how many attempts each trainee has.</li>
          <li>
            Afterwards open the <strong>Dashboard</strong>: the mastery grid shows each trainee by narrative, the
            confusion matrix shows which narratives are taken for which, and item analysis flags scenarios that strong
            trainees got wrong. Teach next to the most common confusion.
          </li>
        </ol>
      </section>

      <section aria-labelledby="guide-live">
        <h2 id="guide-live">Running a live session</h2>
        <p>
          A live session works through scenarios together, one at a time, with trainees answering on their own devices.
          The scenarios come from the bank less anything the class&apos;s content notes exclude.
        </p>
        <ul>
          <li>Read the content note aloud before a scenario that carries one, and pause before going on.</li>
          <li>Let everyone answer before revealing the group&apos;s answers; do not name who chose what.</li>
          <li>
            Reveal the key after the group has seen its spread of answers, then use the discussion prompt (below). The
            point is the reasoning, not the score.
          </li>
          <li>
            Keep to a few scenarios and leave time to talk: three or four well discussed teach more than ten rushed.
          </li>
        </ul>
      </section>

      <section aria-labelledby="guide-prepost">
        <h2 id="guide-prepost">Showing what the group learned</h2>
        <p>
          A <strong>pre/post assessment</strong> (class page) builds two parallel forms with no scenario in both, each
          balanced across the narratives and matched on implications and difficulty. The pre-test opens at once; open
          the post-test from the class page after your teaching, which closes the pre-test. With the forms swapped for
          half the class, a harder form cannot pass for learning.
        </p>
        <ul>
          <li>Do not teach the pre-test&apos;s scenarios: the forms measure the narratives, not the items.</li>
          <li>Both tests give feedback only when they close, so a trainee cannot pass answers on to the other half.</li>
          <li>
            The <strong>Learning gain</strong> view (dashboard) gives each trainee&apos;s scores and gain, and the
            class&apos;s change with its confidence interval. The <strong>Class report</strong> is a de-identified page
            for a programme lead: print it or save it as a PDF from the print dialogue.
          </li>
        </ul>
      </section>
    </>
  );
}
