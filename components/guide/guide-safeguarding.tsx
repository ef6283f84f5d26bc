/** Safeguarding for a classroom: what to do, and where the educator's own organisation's procedures belong. */
export function GuideSafeguarding() {
  return (
    <section aria-labelledby="safeguarding">
      <h2 id="safeguarding">Safeguarding</h2>
      <p>
        This guide is not a safeguarding policy and gives no clinical or legal advice. Your organisation&apos;s
        safeguarding procedures come first, and so does its own route for concerns about radicalisation. Know them, and
        who your designated safeguarding lead is, before you run a session.
      </p>

      <h3>Before a session</h3>
      <ul>
        <li>
          Think about who is in the room. Some trainees may have lived through conflict, displacement or bereavement, or
          know someone who travelled. Set content notes accordingly, and talk to anyone you are unsure about beforehand.
        </li>
        <li>
          Agree simple ground rules: respect, no naming of real people from the group&apos;s own lives, stepping out is
          fine.
        </li>
        <li>Make sure a colleague knows you are running the session, in case someone needs to leave with support.</li>
      </ul>

      <h3>When a trainee is distressed</h3>
      <ul>
        <li>Pause the activity. Do not press them to answer or to explain their reaction in front of the group.</li>
        <li>Offer a break and somewhere quiet; if they leave, make sure someone checks on them.</li>
        <li>Speak with them privately afterwards, listen, and do not promise confidentiality you cannot keep.</li>
        <li>
          Point them to the support your organisation offers, and record and pass on any concern as its procedures ask.
          Do not act as their counsellor.
        </li>
      </ul>

      <h3>When a trainee voices sympathy for the group</h3>
      <ul>
        <li>
          Stay calm and keep the room safe for everyone. Trainees test ideas, and provocation is not the same as risk.
        </li>
        <li>
          Answer the argument with the evidence the material is built on: people who joined and left describe brutality
          against those the group claimed to protect, corruption, and a life far from the propaganda&apos;s promises. Do
          not humiliate; ask what they make of the defectors&apos; own words.
        </li>
        <li>Do not investigate, interrogate or try to assess risk yourself.</li>
        <li>
          If what you hear suggests a risk of harm to the trainee or to others, follow your organisation&apos;s
          procedure: speak to your designated safeguarding lead, record what was said as your procedures require, and
          let them decide on any referral.
        </li>
      </ul>

      <h3>Looking after yourself</h3>
      <p>
        Facilitating this material can be heavy. Debrief with a colleague after a difficult session, and use the support
        your organisation provides for staff.
      </p>

      <aside aria-labelledby="local-routes">
        <h3 id="local-routes">Your organisation&apos;s procedures</h3>
        <p>
          The app gives no referral advice: the routes below are your organisation&apos;s. Fill them in before your
          first session and keep a printed copy with your session notes.
        </p>
        <dl className="fill-in">
          <dt>Designated safeguarding lead</dt>
          <dd>&nbsp;</dd>
          <dt>How to reach them, and who covers in their absence</dt>
          <dd>&nbsp;</dd>
          <dt>Your organisation&apos;s route for concerns about radicalisation</dt>
          <dd>&nbsp;</dd>
          <dt>Support for trainees</dt>
          <dd>&nbsp;</dd>
          <dt>Support for staff</dt>
          <dd>&nbsp;</dd>
        </dl>
      </aside>
    </section>
  );
}
