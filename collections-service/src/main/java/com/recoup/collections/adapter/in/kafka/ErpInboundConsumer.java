package com.recoup.collections.adapter.in.kafka;

import com.recoup.collections.application.port.in.IssueInvoiceCommand;
import com.recoup.collections.application.port.in.IssueInvoiceUseCase;
import com.recoup.collections.application.port.in.ReceivePaymentCommand;
import com.recoup.collections.application.port.in.ReceivePaymentUseCase;
import com.recoup.kernel.domain.Money;
import com.recoup.kernel.event.CloudEvent;
import com.recoup.kernel.inbox.InboundEvents;
import com.recoup.kernel.inbox.PoisonEventException;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Takes documents that an ERP publishes on {@code recoup.erp.inbound.v1} instead of calling the
 * REST API, with the same validation. An invalid one goes to the dead-letter topic with the reason.
 */
@ApplicationScoped
public class ErpInboundConsumer {

  static final String CONSUMER = "collections-service.erp-inbound";

  private final InboundEvents inbound;
  private final IssueInvoiceUseCase issueInvoice;
  private final ReceivePaymentUseCase receivePayment;

  public ErpInboundConsumer(
      InboundEvents inbound,
      IssueInvoiceUseCase issueInvoice,
      ReceivePaymentUseCase receivePayment) {
    this.inbound = inbound;
    this.issueInvoice = issueInvoice;
    this.receivePayment = receivePayment;
  }

  @Incoming("erp-inbound")
  @Blocking
  public void onRecord(ConsumerRecord<String, String> record) {
    inbound.process(CONSUMER, record.value(), this::apply);
  }

  private void apply(CloudEvent event) {
    switch (event.type()) {
      case "recoup.erp.invoice.issued.v1" -> issue(inbound.data(event, InvoiceDocument.class));
      case "recoup.erp.payment.received.v1" -> receive(inbound.data(event, PaymentDocument.class));
      default -> throw new PoisonEventException("not an ERP document type: " + event.type());
    }
    Log.infof("erp document applied type=%s subject=%s", event.type(), event.subject());
  }

  private void issue(InvoiceDocument d) {
    issueInvoice.issue(
        new IssueInvoiceCommand(
            d.invoiceNumber(),
            d.customerNumber(),
            d.issueDate(),
            d.dueDate(),
            d.amount(),
            d.exchangeRate() == null ? null : new BigDecimal(d.exchangeRate()),
            d.purchaseOrder()));
  }

  private void receive(PaymentDocument d) {
    receivePayment.receive(
        new ReceivePaymentCommand(
            d.paymentReference(),
            d.customerNumber(),
            d.valueDate(),
            d.amount(),
            d.exchangeRate() == null ? null : new BigDecimal(d.exchangeRate()),
            d.remittanceInformation(),
            List.of()));
  }

  record InvoiceDocument(
      String invoiceNumber,
      String customerNumber,
      LocalDate issueDate,
      LocalDate dueDate,
      Money amount,
      String exchangeRate,
      String purchaseOrder) {}

  record PaymentDocument(
      String paymentReference,
      String customerNumber,
      LocalDate valueDate,
      Money amount,
      String exchangeRate,
      String remittanceInformation) {}
}
