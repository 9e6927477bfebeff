package com.frontdesk.complaints;

import com.frontdesk.core.Validation;

/**
 * The final answer (处理结果): founded or not with the reason, the cause, the corrective action,
 * any compensation, the answer given to the complainant and how it was given, and the department
 * responsible (kept from the assignment when left blank).
 */
public record AnswerForm(boolean founded, String judgement, String cause, String correctiveAction,
                         String compensation, String answer, ResponseMethod how, String department) {

    public AnswerForm {
        judgement = ComplaintForm.clean(judgement);
        cause = ComplaintForm.clean(cause);
        correctiveAction = ComplaintForm.clean(correctiveAction);
        compensation = ComplaintForm.clean(compensation);
        answer = ComplaintForm.clean(answer);
        department = ComplaintForm.clean(department);
    }

    /** A founded complaint: what caused it, what was done, and what the complainant was told. */
    public static AnswerForm founded(String cause, String correctiveAction, String answer, ResponseMethod how) {
        return new AnswerForm(true, null, cause, correctiveAction, null, answer, how, null);
    }

    /** An unfounded one (only a shift lead judges so), with the reason. */
    public static AnswerForm unfounded(String reason, String answer, ResponseMethod how) {
        return new AnswerForm(false, reason, null, null, null, answer, how, null);
    }

    public AnswerForm withDepartment(String dept) {
        return new AnswerForm(founded, judgement, cause, correctiveAction, compensation, answer, how, dept);
    }

    void validate() {
        new Validation()
                .check(founded || judgement != null, "judgement", "complaint.judgementRequired")
                .maxLength("judgement", judgement, 500)
                .check(!founded || cause != null, "cause", "complaint.causeRequired")
                .maxLength("cause", cause, 500)
                .check(!founded || correctiveAction != null, "correctiveAction", "complaint.correctiveActionRequired")
                .maxLength("correctiveAction", correctiveAction, 500)
                .maxLength("compensation", compensation, 200)
                .required("answer", answer).maxLength("answer", answer, ComplaintForm.MAX_TEXT)
                .check(how != null, "responseMethod", "validation.required")
                .maxLength("department", department, 20)
                .throwIfAny();
    }
}
