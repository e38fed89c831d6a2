package org.twoway.feedback;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The customer's pages in English; the German texts are in {@code messages/feedback_de.properties}.
 * Templates use them as {@code {feedback:heading(employee)}}, in the language of the page.
 */
@MessageBundle(value = "feedback", locale = "en")
public interface FeedbackMessages {

    @Message("Feedback for {company}")
    String title(String company);

    @Message("Language")
    String language();

    @Message("Skip to content")
    String skip();

    @Message("How did {employee} do?")
    String heading(String employee);

    @Message("{company} would like to know how {employee} served you. It takes about a minute, and you need no account.")
    String intro(String company, String employee);

    @Message("This is about: {process}.")
    String about(String process);

    @Message("Please answer the questions marked below.")
    String fixBelow();

    @Message("How responsive was {employee}?")
    String responsiveness(String employee);

    @Message("1 = very slow, 5 = very quick")
    String responsivenessScale();

    @Message("How well did {employee} solve what you needed?")
    String solved(String employee);

    @Message("1 = not at all, 5 = completely")
    String solvedScale();

    @Message("Did {employee} do what they promised?")
    String promises(String employee);

    @Message("1 = never, 5 = always")
    String promisesScale();

    @Message("How easy is it to work with {company} as a whole?")
    String company(String company);

    @Message("1 = very hard, 5 = very easy")
    String companyScale();

    @Message("Choose a number from 1 to 5.")
    String chooseRating();

    @Message("When something goes wrong, who do you contact first?")
    String firstContact();

    @Message("{employee}")
    String contactPerson(String employee);

    @Message("Our usual support channel")
    String contactChannel();

    @Message("A manager or the owner directly")
    String contactEscalate();

    @Message("Choose one of the answers.")
    String chooseOne();

    @Message("Anything else you want to tell us?")
    String comment();

    @Message("Optional, at most 2,000 characters.")
    String commentHint();

    @Message("{employee} and HR read your answers and your comment.")
    String readers(String employee);

    @Message("Please shorten your comment to 2,000 characters; it has {length}.")
    String commentTooLong(int length);

    @Message("Please get back to me about this")
    String callBack();

    @Message("Tick this if you would like {employee} to contact you; {company} uses the contact details it has for you.")
    String callBackHint(String employee, String company);

    @Message("Tick the box or leave it empty.")
    String callBackInvalid();

    @Message("{#if days == 0}{employee} will get back to you as soon as possible.{#else if days == 1}{employee} will get back to you within 1 working day.{#else}{employee} will get back to you within {days} working days.{/if}")
    String callBackPromise(String employee, int days);

    @Message("Your answers were not sent yet. Nothing was saved; please send them again in a moment. What you wrote is still here.")
    String unsaved();

    @Message("Send my answers")
    String send();

    @Message("Thank you!")
    String thanksHeading();

    @Message("Your answers about {employee} are saved. You can close this page now.")
    String thanksText(String employee);

    @Message("Thank you, we already have your answers")
    String usedHeading();

    @Message("This link has been answered, and each link takes one answer. Thank you for your time.")
    String usedText();

    @Message("This feedback link does not work")
    String invalidHeading();

    @Message("The link may be incomplete, or it is no longer open. If you think it should work, please contact {company}.")
    String invalidText(String company);

    @Message("Too many requests")
    String tooManyHeading();

    @Message("Please wait a minute, then try again.")
    String tooManyText();

    @Message("Your answers were not sent yet")
    String notSentHeading();

    @Message("For your security the form works only for a while after it was opened, and only with cookies allowed. Please open the form again and send your answers once more.")
    String notSentText();

    @Message("Open the form again")
    String openAgain();
}
